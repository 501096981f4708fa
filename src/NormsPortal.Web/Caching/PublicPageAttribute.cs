namespace NormsPortal.Web.Caching;

/// <summary>
/// Marks a page that shows every reader the same markup, so that it is rendered once for everyone and served from
/// the output cache, to signed-in readers as well (<see cref="SharedPageRequest"/>). Its reader's own parts (the
/// account menu, bookmark toggles, highlights, admin controls) must render only once interactive, in the circuit,
/// which knows the reader.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicPageAttribute : Attribute;
