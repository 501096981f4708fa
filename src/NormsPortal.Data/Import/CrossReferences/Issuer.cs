namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>The body a numbered resolution or decision belongs to, as the words around its number tell.</summary>
internal enum Issuer
{
    /// <summary>The General Assembly: <c>A/RES/…</c>, <c>A/DEC/…</c>.</summary>
    GeneralAssembly,

    /// <summary>The Human Rights Council: <c>A/HRC/RES/…</c>, <c>A/HRC/DEC/…</c>.</summary>
    HumanRightsCouncil,

    /// <summary>The Economic and Social Council: <c>E/RES/…</c>, <c>E/DEC/…</c>.</summary>
    EconomicAndSocialCouncil,

    /// <summary>The Security Council: <c>S/RES/…</c>.</summary>
    SecurityCouncil,

    /// <summary>"Council" alone: the shape of the number says which council (20/8 HRC, 2004/26 ECOSOC, 1373 (2001) Security Council).</summary>
    SomeCouncil,

    /// <summary>Another body (a commission, a conference, a board): its resolutions have no symbol the extractor can build.</summary>
    Other,
}

internal static class DocumentIssuers
{
    /// <summary>Who "its resolution" means in a document with this symbol: the body that issued it.</summary>
    public static Issuer OfSymbol(string symbol)
    {
        if (symbol.StartsWith("A/HRC/", StringComparison.Ordinal))
        {
            return Issuer.HumanRightsCouncil;
        }

        if (symbol.StartsWith("S/", StringComparison.Ordinal))
        {
            return Issuer.SecurityCouncil;
        }

        return symbol.StartsWith("E/", StringComparison.Ordinal) ? Issuer.EconomicAndSocialCouncil : Issuer.GeneralAssembly;
    }

    /// <summary>Reads the issuer groups (<c>ga</c>, <c>hrc</c> or <c>councilReport</c>, <c>ecosoc</c>, <c>sc</c>, <c>council</c>, <c>other</c>) of a vocabulary match.</summary>
    public static Issuer? FromGroups(System.Text.RegularExpressions.Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["ga"].Success)
        {
            return Issuer.GeneralAssembly;
        }

        if (match.Groups["hrc"].Success || match.Groups["councilReport"].Success)
        {
            return Issuer.HumanRightsCouncil;
        }

        if (match.Groups["ecosoc"].Success)
        {
            return Issuer.EconomicAndSocialCouncil;
        }

        if (match.Groups["sc"].Success)
        {
            return Issuer.SecurityCouncil;
        }

        return match.Groups["council"].Success ? Issuer.SomeCouncil : Issuer.Other;
    }
}
