namespace Qujing.Web.Tests.Integration;

/// <summary>
/// Where a site process listens when it was told port 0: the operating system picks a free port as the site binds it,
/// so no other process can take the port between a pick and a bind, and the host's start-up line names it.
/// </summary>
public static class SiteAddress
{
    /// <summary>What to pass as <c>--urls</c>: loopback, on whichever port is free when the site binds.</summary>
    public const string AnyFreePort = "http://127.0.0.1:0";

    // Logged by the host (category Microsoft.Hosting.Lifetime, at Information, which appsettings.json keeps on) once
    // the server listens, before start-up has finished: "Now listening on: http://127.0.0.1:40123".
    private const string Listening = "Now listening on: ";

    /// <summary>The address a "Now listening on:" line names, or null for any other line.</summary>
    public static Uri? From(string? line)
    {
        var at = line?.IndexOf(Listening, StringComparison.Ordinal) ?? -1;
        return at >= 0 && Uri.TryCreate(line![(at + Listening.Length)..].Trim(), UriKind.Absolute, out var address) ? address : null;
    }
}
