using System.Globalization;
using System.Text;
using Coordination.Bot.Digests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Digests;

namespace Coordination.Bot.Engine.Insights;

/// <summary>
/// <c>patterns</c>: every pattern the workspace's history supports, with how the actor's own reports compare
/// (only the lead sees that), and what there is not yet enough history to say.
/// </summary>
public sealed class PatternsHandler(PatternFinder patterns) : ICommandHandler<PatternsCommand>
{
    public async Task<Reply> HandleAsync(Session session, PatternsCommand command, CancellationToken cancellationToken)
    {
        var platform = session.Workspace.Platform;
        var analysis = await patterns.FindAsync(session.Workspace, session.Now, session.Actor, channel => ChatText.Channel(platform, channel), cancellationToken);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"*Stall patterns* · requests asked in the {StallPatterns.Weeks} weeks to a week ago");
        foreach (var finding in analysis.Findings)
        {
            text.AppendLine("• " + finding.Text);
        }

        if (analysis.Findings.Count == 0)
        {
            text.AppendLine("Nothing stands out yet: no group of requests or asks does clearly better or worse than the rest.");
        }

        if (analysis.NotEnoughData.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Not enough history yet to say anything about {string.Join(", ", analysis.NotEnoughData)}.");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"_A pattern is stated only when each group it compares has at least {StallPatterns.MinSample} requests or asks and they differ by {StallPatterns.MinRatio}× or more._");
        return new Reply(text.ToString());
    }
}
