using System.Globalization;

namespace Coordination.Bench;

internal sealed record BenchOptions(bool RunSweep, bool RunOutbox, IReadOnlyList<string> Providers, int Stakeholders, int Due, int Messages)
{
    public static BenchOptions Parse(string[] args)
    {
        var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var provider = Value("provider", "both");
        IReadOnlyList<string> providers = provider.Equals("both", StringComparison.OrdinalIgnoreCase) ? ["Sqlite", "Postgres"] : [provider];
        return new BenchOptions(
            what is "all" or "sweep",
            what is "all" or "outbox",
            providers,
            Number("stakeholders", 1_000_000),
            Number("due", 10_000),
            Number("messages", 20_000));
    }
}
