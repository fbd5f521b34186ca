using Coordination.Core.Trackers;

namespace Coordination.Core.Commands;

/// <summary><c>link CR-n &lt;url&gt;</c> links a request to a tracker issue; with <see cref="Remove"/>, <c>link CR-n remove &lt;url&gt;</c> unlinks it.</summary>
public sealed record LinkRequestCommand(CommandContext Context, int RequestNumber, string Url, bool Remove = false) : ChatCommand(Context);

/// <summary><c>me github &lt;login&gt;</c> (or <c>jira</c>, <c>linear</c>) links the actor's own tracker account; <c>me</c> alone shows them.</summary>
public sealed record TrackerAccountCommand(CommandContext Context, Tracker? Tracker = null, string? Account = null) : ChatCommand(Context);

/// <summary><c>adr D-n &lt;owner/repo&gt;</c>: a pull request adding the decision's architecture decision record to the repository.</summary>
public sealed record OpenAdrCommand(CommandContext Context, int DecisionNumber, string Repository) : ChatCommand(Context);

/// <summary>The "ADR" button under a decision: its record as a Markdown file in the thread.</summary>
public sealed record AdrFileCommand(CommandContext Context, int DecisionNumber) : ChatCommand(Context);
