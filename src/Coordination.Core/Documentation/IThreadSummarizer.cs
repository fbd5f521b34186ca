namespace Coordination.Core.Documentation;

/// <summary>
/// Turns a thread into a <see cref="DecisionRecord"/>. <see cref="RuleBasedSummarizer"/> is the deterministic default;
/// another implementation (a language model, say) can be chosen by configuration behind the same seam.
/// </summary>
public interface IThreadSummarizer
{
    /// <summary>
    /// The record of <paramref name="thread"/> (messages in any order: they are read by <see cref="ThreadMessage.At"/>).
    /// <paramref name="title"/> (a request key such as <c>CR-12</c>, or a few words) follows "Decision record" in the
    /// record's title. An empty thread gives an empty record.
    /// </summary>
    DecisionRecord Summarize(IReadOnlyList<ThreadMessage> thread, string? title = null);

    /// <summary>
    /// <see cref="Summarize"/> for a summariser that waits on something (a language model); the deterministic one
    /// answers at once.
    /// </summary>
    Task<DecisionRecord> SummarizeAsync(IReadOnlyList<ThreadMessage> thread, string? title, CancellationToken cancellationToken) =>
        Task.FromResult(Summarize(thread, title));
}
