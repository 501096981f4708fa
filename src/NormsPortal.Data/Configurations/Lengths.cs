namespace NormsPortal.Data.Configurations;

/// <summary>Column lengths shared by several entities, so that a symbol fits everywhere it is stored.</summary>
internal static class Lengths
{
    public const int Symbol = 128;
    public const int Anchor = 64;
    public const int Language = 8;
    public const int Label = 256;
    public const int Source = 2048;
    public const int Url = 512;
}
