using System.Text;
using System.Xml;
using System.Xml.Linq;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Reads untrusted XML into an element tree, refusing what could hurt the importer: DTDs (and
/// with them external entities and entity-expansion bombs), resolvers that fetch files or URLs,
/// nesting deep enough to exhaust the stack, and input that is not well-formed. The tree is
/// built node by node so that an error can name the element the reader was in.
/// </summary>
internal static class SafeXmlLoader
{
    /// <summary>Deeper than any real AKN file (they stay under 25 levels); deep enough to stop a nesting bomb early.</summary>
    public const int MaxDepth = 200;

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private static readonly XmlReaderSettings _settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 20_000_000,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = true,
        CloseInput = false,
    };

    /// <summary>The root element, or null with <paramref name="error"/> saying why the file was refused.</summary>
    public static XElement? Load(byte[] content, string sourceName, out ImportMessage? error)
    {
        error = null;
        var open = new List<XElement>();
        XElement? root = null;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, _settings);
            var names = new NameCache();
            var advance = true;
            while (!advance || reader.Read())
            {
                advance = true;
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when open.Count > 0 && open[^1].Name.LocalName == "meta" && IsUnusedMetadata(reader.LocalName):
                        // Still read through (and checked for well-formedness), but not kept.
                        reader.Skip();
                        advance = false;
                        break;
                    case XmlNodeType.Element:
                        var element = ReadElement(reader, names);
                        var isEmpty = reader.IsEmptyElement;
                        if (open.Count == 0)
                        {
                            root = element;
                        }
                        else
                        {
                            open[^1].Add(element);
                        }

                        if (!isEmpty)
                        {
                            if (open.Count >= MaxDepth)
                            {
                                error = Refuse(AknMessageCodes.TooDeep, sourceName, open,
                                    $"elements are nested more than {MaxDepth} deep; no Akoma Ntoso document needs that, so the file is refused");
                                return null;
                            }

                            open.Add(element);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        open.RemoveAt(open.Count - 1);
                        break;
                    case XmlNodeType.Whitespace when open.Count > 0 && _elementOnly.Contains(open[^1].Name.LocalName):
                        // Indentation between structural elements: never text, and a good share of all nodes.
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (open.Count > 0)
                        {
                            open[^1].Add(new XText(reader.Value));
                        }

                        break;
                    default:
                        break;
                }
            }
        }
        catch (XmlException exception)
        {
            error = Describe(exception, content, sourceName, open, root is null);
            return null;
        }
        catch (DecoderFallbackException exception)
        {
            error = Refuse(AknMessageCodes.BadEncoding, sourceName, open, $"its bytes do not match its declared encoding ({exception.Message})");
            return null;
        }

        if (root is null)
        {
            error = Refuse(AknMessageCodes.MalformedXml, sourceName, open, "it holds no root element");
        }

        return root;
    }

    /// <summary>Subject keywords, the ontology references and the page layout: nothing the portal reads.</summary>
    private static bool IsUnusedMetadata(string localName) => localName is "classification" or "references" or "presentation" or "proprietary";

    private static XElement ReadElement(XmlReader reader, NameCache names)
    {
        var element = new XElement(names.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                // Namespace declarations are already part of the names; XElement adds its own when saved.
                if (reader.NamespaceURI != XmlnsNamespace)
                {
                    element.SetAttributeValue(names.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return element;
    }

    private static ImportMessage Describe(XmlException exception, byte[] content, string sourceName, List<XElement> open, bool beforeRoot)
    {
        var position = exception.LineNumber > 0 ? $" at line {exception.LineNumber}, position {exception.LinePosition}" : "";
        if (beforeRoot && ContainsAscii(content, "<!DOCTYPE"))
        {
            return Refuse(AknMessageCodes.DtdProhibited, sourceName, open,
                $"it declares a DTD (<!DOCTYPE>){position}; a DTD can define external or self-expanding entities, so DTDs are not accepted");
        }

        if (exception.InnerException is DecoderFallbackException || exception.Message.Contains("encoding", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(AknMessageCodes.BadEncoding, sourceName, open, $"its bytes do not match its declared encoding{position}");
        }

        return Refuse(AknMessageCodes.MalformedXml, sourceName, open, $"it is not well-formed XML{position} ({FirstSentence(exception.Message)})");
    }

    private static ImportMessage Refuse(string code, string sourceName, List<XElement> open, string reason)
    {
        var path = open.Count == 0 ? null : string.Join('/', open.Select(e => e.Name.LocalName));
        var where = path is null ? "" : $" inside <{path}>";
        return new ImportMessage(ImportSeverity.Error, code, $"{sourceName} refused: {reason}{where}.", path is null ? sourceName : $"{sourceName} › {path}");
    }

    /// <summary>AKN elements that hold only other elements, so white space directly inside them is layout.</summary>
    private static readonly HashSet<string> _elementOnly =
    [
        "akomaNtoso", "statement", "documentCollection", "collectionBody", "components", "component", "meta", "identification",
        "FRBRWork", "FRBRExpression", "FRBRManifestation", "workflow", "analysis", "parliamentary", "voting", "count", "voters",
        "coverPage", "preface", "preamble", "formula", "mainBody", "attachments", "attachment", "doc", "conclusions",
        "container", "paragraph", "content", "list", "sublist", "point", "intro", "section", "blockList", "table", "tr",
    ];

    /// <summary>The reader hands out the same namespace string again and again; looking its XNamespace up once saves a global look-up per node.</summary>
    private sealed class NameCache
    {
        private string? _namespaceUri;
        private XNamespace _namespace = XNamespace.None;

        public XName Get(string localName, string namespaceUri)
        {
            if (!ReferenceEquals(namespaceUri, _namespaceUri))
            {
                _namespaceUri = namespaceUri;
                _namespace = XNamespace.Get(namespaceUri);
            }

            return _namespace.GetName(localName);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    private static bool ContainsAscii(byte[] content, string text)
    {
        var needle = Encoding.ASCII.GetBytes(text);
        return content.AsSpan().IndexOf(needle) >= 0;
    }
}
