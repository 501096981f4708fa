using System.Buffers.Binary;
using System.Security.Cryptography;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// Time-based one-time passwords as authenticator apps compute them (RFC 6238: HMAC-SHA1, 30-second
/// steps, six digits), and the Base32 form their keys are shown in.
/// </summary>
public static class Totp
{
    public static readonly TimeSpan StepLength = TimeSpan.FromSeconds(30);

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / (long)StepLength.TotalSeconds;

    public static int Compute(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; its use as a MAC is not the weakness CA5350 is about.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7FFFFFFF;
        return binary % 1_000_000;
    }

    /// <summary>The bytes of a Base32 key (RFC 4648 alphabet; case, spaces and padding ignored).</summary>
    public static byte[] DecodeBase32(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(key.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var character in key.ToUpperInvariant())
        {
            if (character is ' ' or '=')
            {
                continue;
            }

            var value = Alphabet.IndexOf(character, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{character}' is not a Base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
