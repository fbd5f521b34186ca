namespace Coordination.Core.Commands;

/// <summary>
/// The last resort: a message that had politeness taken off, and that no other reader understood, is read again as a
/// command, so its reply says what was wrong with the words left ("please frobnicate CR-3").
/// </summary>
internal sealed class PoliteCommandReader : IIntentReader
{
    public ChatCommand? TryRead(Sentence sentence) =>
        sentence.Polite ? CommandParser.Parse(sentence.Raw(sentence.From, sentence.To), sentence.Context) : null;
}
