using NormsPortal.Web.Features.AgreedLanguage;

namespace NormsPortal.Web.Components.AgreedLanguage;

/// <summary>A pasted text, its language, whether it is kept in the address (so shareable) and the service's outcome for it.</summary>
public sealed record PastedTextResult(string Text, string Language, bool Shareable, AgreedLanguageOutcome Outcome);
