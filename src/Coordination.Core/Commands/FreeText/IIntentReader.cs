namespace Coordination.Core.Commands;

/// <summary>
/// Reads one intent (an ask, a decision, an absence, a question…) from a <see cref="Sentence"/>. <see cref="FreeTextParser"/>
/// tries its readers in order; the first that returns a command wins.
/// </summary>
internal interface IIntentReader
{
    /// <summary>The command these words mean, a <see cref="ConfirmCommand"/> or <see cref="HelpCommand"/> when they are
    /// recognisably this intent but unclear, or <c>null</c> when they are not this intent at all.</summary>
    ChatCommand? TryRead(Sentence sentence);
}
