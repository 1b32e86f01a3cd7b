namespace Qujing.Web.Features.Editing.Presence;

/// <summary>
/// The sentence an edit page shows about the other editors on its item ("" for none), the same from the server's first
/// render and from the heartbeat's answer, so the script replaces it only when it says something new.
/// </summary>
public static class PresenceNotice
{
    public static string Text(IReadOnlyList<PresentEditor> others, DateTimeOffset now)
    {
        if (others.Count == 0)
        {
            return "";
        }

        var who = others.Count == 1
            ? $"{others[0].Name}正在编辑此条目（{Ago(others[0].SeenAt, now)}）"
            : string.Join("、", others.Select(o => $"{o.Name}（{Ago(o.SeenAt, now)}）")) + "正在编辑此条目";
        return who + "。您仍可照常保存：如果对方先保存了新版本，您保存时会看到两版对照，由您逐处选择。";
    }

    /// <summary>Whole minutes, so that the sentence changes (and is announced) at most once a minute per editor.</summary>
    private static string Ago(DateTimeOffset seen, DateTimeOffset now) =>
        (now - seen).TotalMinutes is var minutes and >= 1 ? $"{(int)minutes} 分钟前仍在" : "刚刚仍在";
}
