namespace Qujing.Web.Features.Accounts;

/// <summary>
/// The server-side way to make an account: <c>dotnet run --project Qujing.Web -- add-user NAME --role Admin</c>,
/// with the password read from standard input (so it is not left in the shell history).
/// </summary>
public static class AddUserCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await output.WriteLineAsync("Usage: add-user NAME [--role Admin|Editor]   (password on standard input)");
            return 2;
        }

        var roleAt = Array.IndexOf(args, "--role");
        var role = roleAt > 0 && roleAt + 1 < args.Length ? args[roleAt + 1] : Roles.Editor;
        if (!Roles.All.Contains(role))
        {
            await output.WriteLineAsync($"Unknown role '{role}': use Admin or Editor.");
            return 2;
        }

        await output.WriteAsync($"Password for {args[1]}: ");
        var password = (await input.ReadLineAsync())?.Trim() ?? "";
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync(args[1], password, role);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
            return 1;
        }

        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync("add-user", "新建账户", $"{args[1]}（{role}）");
        await output.WriteLineAsync($"Created {role} account {args[1]}.");
        return 0;
    }
}
