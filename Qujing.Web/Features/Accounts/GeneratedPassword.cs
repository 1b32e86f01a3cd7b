using System.Security.Cryptography;

namespace Qujing.Web.Features.Accounts;

/// <summary>A password an Admin reads out or types for a colleague: random, long, and without look-alike characters.</summary>
public static class GeneratedPassword
{
    /// <summary>No 0/O, 1/l/I: it is often read from one screen and typed on another.</summary>
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>16 characters of 56: about 93 bits, well over the 10-character policy.</summary>
    public const int Length = 16;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);
}
