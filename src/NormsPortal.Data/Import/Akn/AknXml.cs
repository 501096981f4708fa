using System.Xml.Linq;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Element look-ups by local name. The UN's files mix the Akoma Ntoso namespace with its own
/// <c>akn4un</c> extension (<c>akn4un:voters</c>); matching on local names keeps the reader
/// indifferent to which prefix a producer chose.
/// </summary>
internal static class AknXml
{
    public static IEnumerable<XElement> Children(this XElement element, string localName)
    {
        foreach (var child in element.Elements())
        {
            if (child.Name.LocalName == localName)
            {
                yield return child;
            }
        }
    }

    public static XElement? Child(this XElement? element, string localName)
    {
        if (element is null)
        {
            return null;
        }

        foreach (var child in element.Elements())
        {
            if (child.Name.LocalName == localName)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The first child along a path of local names, e.g. <c>"identification", "FRBRWork", "FRBRuri"</c>.</summary>
    public static XElement? Path(this XElement? element, params string[] localNames)
    {
        var current = element;
        foreach (var name in localNames)
        {
            current = current.Child(name);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    public static IEnumerable<XElement> DescendantsNamed(this XElement element, string localName)
    {
        foreach (var descendant in element.Descendants())
        {
            if (descendant.Name.LocalName == localName)
            {
                yield return descendant;
            }
        }
    }

    /// <summary>An attribute's value with surrounding space removed, or null when absent or blank.</summary>
    public static string? Attr(this XElement? element, string localName)
    {
        var value = element?.Attribute(localName)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static bool Is(this XElement element, string localName) => element.Name.LocalName == localName;

    /// <summary>All the text under an element with runs of white space made single spaces.</summary>
    public static string FlatText(this XElement? element)
    {
        if (element is null)
        {
            return "";
        }

        var builder = new InlineTextBuilder();
        foreach (var text in element.DescendantNodes().OfType<XText>())
        {
            builder.AppendText(text.Value);
        }

        return builder.Build().Text;
    }

    /// <summary>Where an element sits, for messages: <c>mainBody/paragraph[para_18]</c>.</summary>
    public static string Describe(this XElement element)
    {
        var id = element.Attr("eId");
        var parent = element.Parent;
        var name = id is null ? element.Name.LocalName : $"{element.Name.LocalName}[{id}]";
        return parent is null ? name : $"{parent.Name.LocalName}/{name}";
    }
}
