using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Qujing.Web.Features.Accounts;
using Qujing.Web.Features.Figures;
using Qujing.Web.Features.Home;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Features.Schools;
using Qujing.Web.Features.Sections;
using Qujing.Web.Features.Timeline;

namespace Qujing.Web.Tests.Integration;

/// <summary>What a hostile or empty post must come to; never a 500.</summary>
internal enum Answer
{
    /// <summary>The form again (200), with a Chinese message at each named field (or for the whole form) and the input kept.</summary>
    Form,

    /// <summary>A redirect to a page with a Chinese notice.</summary>
    Notice,

    /// <summary>The Chinese 404 page.</summary>
    NotFound,

    /// <summary>The Chinese 413 page.</summary>
    TooLarge,

    /// <summary>409: the page the form came from again, with a Chinese message at the top saying nothing was changed.</summary>
    Outdated,

    /// <summary>A file download (forms without inputs: extra fields are ignored).</summary>
    Download,
}

/// <summary>
/// One post to an admin form. Url and FormPage may hold {section}, {school}, {milestone}, {figure}, {quote}, {feature}
/// (an item's id), {report} (an import report entry), {import} (a staged re-import) and {admin} (the Admin's account). FromPage starts the fields from
/// what the form page shows; Messages are the fields that must get a message (null: one for the whole form).
/// </summary>
internal sealed record FormPost(string Label, string Url, string FormPage, Dictionary<string, string> Fields, Answer Answer,
    string[]? Messages = null, bool FromPage = false, byte[]? Upload = null);

/// <summary>Every admin POST form, each with empty and hostile posts: the table behind <see cref="AdminFormTests"/>.</summary>
internal static class AdminFormCases
{
    /// <summary>Who posts: anonymous for the login form, the Admin for accounts, backups and re-import, else the Editor.</summary>
    public static string RoleOf(string form) => form switch
    {
        "login" => "anonymous",
        _ when form.StartsWith("users", StringComparison.Ordinal) || form.StartsWith("import", StringComparison.Ordinal) || form == "backup" => Roles.Admin,
        _ => Roles.Editor,
    };

    /// <summary>Control, invisible and bidirectional characters, markup, a script link and a lone surrogate, then more than <paramref name="limit"/> characters.</summary>
    public static string Hostile(int limit) => "\u0001\u200B\u202E<script>alert(1)</script>[点我](javascript:alert(1))\uD800" + new string('长', limit);

    private static readonly (string Kind, Type Content, string Id)[] Kinds =
        [("sections", typeof(SectionContent), "{section}"), ("feature", typeof(FeatureContent), "{feature}"), ("schools", typeof(SchoolContent), "{school}"),
         ("milestones", typeof(MilestoneContent), "{milestone}"), ("figures", typeof(FigureContent), "{figure}"), ("quotes", typeof(QuoteContent), "{quote}")];

    private static readonly string[] BadBases = ["-1", "99999999999", "abc", "999"];
    private static readonly string[] BadDirections = ["abc", "0", "2", "-99999999999", "", "上"];
    private static readonly string[] AccountActions = ["unlock", "disable", "enable", "end-sessions"];

    public static readonly Dictionary<string, FormPost[]> All = Build();

    private static Dictionary<string, FormPost[]> Build()
    {
        var all = new Dictionary<string, FormPost[]>();
        foreach (var (kind, content, id) in Kinds)
        {
            var edit = $"/admin/{kind}/{id}/edit";
            all[$"edit {kind}"] =
            [
                .. ContentPosts(edit, edit, content, [("basedOn", "1"), ("intent", "save")]),
                new("hostile preview", edit, edit, With(HostileFields(content), ("basedOn", "1"), ("intent", "preview")), Answer.Form, Fields(content)),
                .. BadBases.Select(b => new FormPost($"basedOn {b}", edit, edit, new() { ["basedOn"] = b, ["intent"] = "save" }, Answer.Form, FromPage: true)),
            ];
            if (kind != "feature")
            {
                all[$"new {kind}"] = [.. ContentPosts($"/admin/{kind}/new", $"/admin/{kind}/new", content, [("intent", "save")])];
            }
        }

        const string sectionEdit = "/admin/sections/{section}/edit";
        const string merge = "/admin/sections/{section}/merge";
        all["merge"] =
        [
            new("missing", merge, sectionEdit, [], Answer.NotFound),
            new("theirs overflow", merge, sectionEdit, new() { ["basedOn"] = "1", ["theirs"] = "99999999999" }, Answer.NotFound, FromPage: true),
            new("basedOn -1", merge, sectionEdit, new() { ["basedOn"] = "-1", ["theirs"] = "1", ["intent"] = "save" }, Answer.Form, FromPage: true),
            new("basedOn abc", merge, sectionEdit, new() { ["basedOn"] = "abc", ["theirs"] = "1", ["intent"] = "save" }, Answer.Form, FromPage: true),
            new("basedOn after theirs", merge, sectionEdit, new() { ["basedOn"] = "5", ["theirs"] = "1", ["intent"] = "save" }, Answer.Form, FromPage: true),
            new("hostile", merge, sectionEdit, With(HostileFields(typeof(SectionContent)), ("basedOn", "1"), ("theirs", "1"), ("choice.BodyMarkdown.0", "Hack")),
                Answer.Form, Fields(typeof(SectionContent))),
        ];

        const string history = "/admin/sections/{section}/history";
        string[] numbers = ["-1", "0", "99999999999", "abc"];
        all["publish"] = [.. numbers.Select(n => NotFound($"/admin/sections/{{section}}/publish/{n}", history)), NotFound("/admin/sections/99999999/publish/1", history),
            NotFound("/admin/schools/{school}/publish/-1", "/admin/schools/{school}/history")];
        all["restore"] = [.. numbers.Select(n => NotFound($"/admin/sections/{{section}}/restore/{n}", history)), NotFound("/admin/sections/99999999/restore/1", history)];
        all["trash"] =
        [
            NotFound("/admin/sections/99999999/trash", "/admin/sections"), NotFound("/admin/sections/abc/trash", "/admin/sections"),
            NotFound("/admin/quotes/-1/untrash", "/admin/quotes"), NotFound("/admin/feature/{feature}/trash", "/admin/feature"),
        ];
        all["move"] =
        [
            .. BadDirections.Select(d => new FormPost($"direction {d}", $"/admin/sections/{{section}}/move?direction={Uri.EscapeDataString(d)}", "/admin/sections", [], Answer.Notice)),
            new("no direction", "/admin/sections/{section}/move", "/admin/sections", [], Answer.Notice),
            NotFound("/admin/sections/99999999/move?direction=1", "/admin/sections"),
        ];

        all["login"] =
        [
            new("empty", "/admin/login", "/admin/login", new() { ["UserName"] = "", ["Password"] = "" }, Answer.Form, ["UserName", "Password"]),
            new("hostile", "/admin/login", "/admin/login", new() { ["UserName"] = Hostile(AccountLimits.MaxUserNameLength), ["Password"] = Hostile(AccountLimits.MaxPasswordLength) },
                Answer.Form, ["UserName", "Password"]),
            new("hostile short", "/admin/login", "/admin/login", new() { ["UserName"] = "<script>\u0001\u200B\uD800", ["Password"] = "\u202Ex" }, Answer.Form),
            new("hostile return address", "/admin/login", "/admin/login",
                new() { ["UserName"] = "nobody", ["Password"] = "wrong-pass-0", ["ReturnUrl"] = "javascript:alert(1)//" + new string('a', AccountLimits.MaxReturnUrlLength) }, Answer.Form, ["ReturnUrl"]),
        ];
        all["password"] =
        [
            new("empty", "/admin/password", "/admin/password", new() { ["Current"] = "", ["New"] = "", ["Confirm"] = "" }, Answer.Form, ["Current", "New"]),
            new("hostile", "/admin/password", "/admin/password",
                new() { ["Current"] = Hostile(AccountLimits.MaxPasswordLength), ["New"] = Hostile(AccountLimits.MaxPasswordLength), ["Confirm"] = Hostile(AccountLimits.MaxPasswordLength) },
                Answer.Form, ["Current", "New", "Confirm"]),
            new("mismatch", "/admin/password", "/admin/password", new() { ["Current"] = "wrong-pass-0", ["New"] = "new-pass-2026", ["Confirm"] = "new-pass-2027" }, Answer.Form, ["Confirm"]),
            new("wrong current", "/admin/password", "/admin/password", new() { ["Current"] = "wrong-pass-0", ["New"] = "new-pass-2026", ["Confirm"] = "new-pass-2026" }, Answer.Form, ["Current"]),
            new("weak new", "/admin/password", "/admin/password", new() { ["Current"] = AdminSite.EditorPassword, ["New"] = "短", ["Confirm"] = "短" }, Answer.Form, ["New"]),
        ];
        all["users add"] =
        [
            new("empty", "/admin/users", "/admin/users", new() { ["Form.UserName"] = "", ["Form.Password"] = "", ["Form.Role"] = "" }, Answer.Form, ["Form.UserName", "Form.Password", "Form.Role"]),
            new("missing", "/admin/users", "/admin/users", [], Answer.Form, ["Form.UserName", "Form.Password"]),
            new("hostile", "/admin/users", "/admin/users",
                new() { ["Form.UserName"] = Hostile(AccountLimits.MaxUserNameLength), ["Form.Password"] = Hostile(AccountLimits.MaxPasswordLength), ["Form.Role"] = "Root" },
                Answer.Form, ["Form.UserName", "Form.Password", "Form.Role"]),
            new("hostile name", "/admin/users", "/admin/users", new() { ["Form.UserName"] = "<script>\u0001", ["Form.Password"] = "zhang-pass-2026", ["Form.Role"] = Roles.Editor },
                Answer.Form, ["Form.UserName"]),
            new("taken name", "/admin/users", "/admin/users", new() { ["Form.UserName"] = AdminSite.EditorName, ["Form.Password"] = "zhang-pass-2026", ["Form.Role"] = Roles.Editor },
                Answer.Form, ["Form.UserName"]),
        ];
        all["users actions"] =
        [
            .. AccountActions.Select(a => NotFound($"/admin/users/nobody/{a}", "/admin/users")),
            NotFound($"/admin/users/{new string('x', 5000)}/disable", "/admin/users"),
            new("disable self", "/admin/users/{admin}/disable", "/admin/users", [], Answer.Form),
        ];

        all["import"] =
        [
            new("empty", "/admin/import", "/admin/import", new() { ["text"] = "" }, Answer.Form),
            new("missing", "/admin/import", "/admin/import", [], Answer.Form),
            new("invisible only", "/admin/import", "/admin/import", new() { ["text"] = "\u0001\u200B\u202E\uD800\n\n\u0002" }, Answer.Form),
            new("markup only", "/admin/import", "/admin/import", new() { ["text"] = "<script>alert(1)</script>" }, Answer.Form),
            new("huge", "/admin/import", "/admin/import", new() { ["text"] = new string('长', 1_000_000) }, Answer.TooLarge),
            new("binary upload", "/admin/import", "/admin/import", [], Answer.Form, Upload: [.. Enumerable.Range(0, 256).Select(b => (byte)b)]),
            new("GBK upload", "/admin/import", "/admin/import", [], Answer.Form, Upload: [0xB2, 0xE2, 0xCA, 0xD4, 0xFF]),
        ];
        all["import confirm"] =
        [
            NotFound("/admin/import/99999999/confirm", "/admin/import"),
            NotFound("/admin/import/abc/confirm", "/admin/import"),
            new("no fingerprint, odd choices", "/admin/import/{import}/confirm", "/admin/import/{import}", new() { ["choice.0"] = "Nonsense", ["choice.-1"] = "Trash", ["publishNow"] = "maybe" }, Answer.Outdated),
            new("wrong fingerprint", "/admin/import/{import}/confirm", "/admin/import/{import}", new() { ["fingerprint"] = new string('f', 5000), ["choice.99999999999"] = "Take" }, Answer.Outdated),
        ];
        all["report"] =
        [
            NotFound("/admin/report/99999999/handled?handled=true", "/admin/report"),
            new("handled maybe", "/admin/report/{report}/handled?handled=maybe", "/admin/report", [], Answer.Notice),
        ];
#if POSTGRES_TESTS
        const Answer backup = Answer.Form; // on PostgreSQL the page explains pg_dump instead (decision 0022)
#else
        const Answer backup = Answer.Download;
#endif
        all["backup"] =
        [
            new("backup with extra fields", "/admin/backup", "/admin/backup", new() { ["path"] = "../../etc/passwd", ["x"] = Hostile(10) }, backup),
            new("export with extra fields", "/admin/export", "/admin/backup", new() { ["path"] = "../../etc/passwd", ["x"] = Hostile(10) }, Answer.Download),
        ];
        return all;
    }

    /// <summary>Every field empty, every field missing, every field hostile.</summary>
    private static IEnumerable<FormPost> ContentPosts(string url, string formPage, Type content, (string, string)[] extra)
    {
        var required = content.GetProperties().Where(p => p.GetCustomAttribute<RequiredAttribute>() is not null).Select(p => $"Content.{p.Name}").ToArray();
        var choices = content.GetProperties().Where(p => p.GetCustomAttribute<AllowedValuesAttribute>() is not null).Select(p => $"Content.{p.Name}");
        yield return new("empty", url, formPage, With(Fields(content).ToDictionary(f => f, _ => ""), extra), Answer.Form, [.. required, .. choices]);
        yield return new("missing", url, formPage, With([], extra), Answer.Form, required);
        yield return new("hostile", url, formPage, With(HostileFields(content), extra), Answer.Form, Fields(content));
    }

    private static string[] Fields(Type content) =>
        [.. content.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite).Select(p => $"Content.{p.Name}")];

    /// <summary>Wrong types where a field has a format or a list of choices; over-long hostile text everywhere else.</summary>
    private static Dictionary<string, string> HostileFields(Type content) =>
        content.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite).ToDictionary(p => $"Content.{p.Name}", p => p.Name switch
        {
            "Slug" => "<script>",
            "Value" => "十",
            "Date" => "二〇二二年",
            "Level" => "Galactic",
            "IsDirect" => "maybe",
            _ => Hostile(p.GetCustomAttribute<StringLengthAttribute>()!.MaximumLength),
        });

    private static Dictionary<string, string> With(Dictionary<string, string> fields, params (string Key, string Value)[] extra)
    {
        foreach (var (key, value) in extra)
        {
            fields[key] = value;
        }

        return fields;
    }

    private static FormPost NotFound(string url, string formPage) => new(url, url, formPage, [], Answer.NotFound);
}
