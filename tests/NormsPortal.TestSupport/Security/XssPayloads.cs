namespace NormsPortal.TestSupport.Security;

/// <summary>
/// The known stored-XSS payloads (<c>xss-payloads.txt</c>, embedded): one list for every test that saves what a
/// user writes and checks it comes out inert, at the API and in the browser.
/// </summary>
public static class XssPayloads
{
    private static readonly Lazy<IReadOnlyList<string>> s_all = new(Read);

    /// <summary>Every payload, in the file's order.</summary>
    public static IReadOnlyList<string> All => s_all.Value;

    private static IReadOnlyList<string> Read()
    {
        using var stream = typeof(XssPayloads).Assembly.GetManifestResourceStream("NormsPortal.TestSupport.Security.xss-payloads.txt")
            ?? throw new InvalidOperationException("xss-payloads.txt is not embedded in NormsPortal.TestSupport.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Replace("\\n", "\n", StringComparison.Ordinal))];
    }
}
