using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace NormsPortal.Web.Logging;

/// <summary>
/// One readable line per event, with its structured properties as JSON, for a developer's
/// terminal. Production writes compact JSON instead (appsettings.json); appsettings.Development.json
/// names this formatter, which configuration can only do for a type with a parameterless constructor.
/// </summary>
public sealed class ReadableConsoleFormatter : ITextFormatter
{
    private const string OutputTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}";

    private readonly MessageTemplateTextFormatter _formatter = new(OutputTemplate, CultureInfo.InvariantCulture);

    public void Format(LogEvent logEvent, TextWriter output) => _formatter.Format(logEvent, output);
}
