using System.Globalization;
using System.Text;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// Member States' names as recorded for a vote, shown in the UN's usual casing. The UN's own files
/// print the names of a recorded vote in capitals ("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"); the
/// name itself — the one the State bore at the time — is kept, only its casing changes.
/// </summary>
public static class CountryNames
{
    private static readonly HashSet<string> _lowerCaseWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "da", "del", "de" };

    public static string ForDisplay(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Any(char.IsLower) || !name.Any(char.IsUpper))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var word = new StringBuilder();
        var isFirstWord = true;

        void FlushWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            var text = word.ToString();
            builder.Append(!isFirstWord && _lowerCaseWords.Contains(text)
                ? text.ToLowerInvariant()
                : char.ToUpperInvariant(text[0]) + text[1..].ToLower(CultureInfo.InvariantCulture));
            word.Clear();
            isFirstWord = false;
        }

        foreach (var c in name)
        {
            // Letters and apostrophes make words ("PEOPLE'S"); spaces, hyphens and brackets separate them.
            if (char.IsLetter(c) || c is '\'' or '’')
            {
                word.Append(c);
            }
            else
            {
                FlushWord();
                builder.Append(c);
            }
        }

        FlushWord();
        return builder.ToString();
    }
}
