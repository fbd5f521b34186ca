namespace Coordination.Core.Commands;

/// <summary>
/// "please list waiting", "can you ack CR-3?": a command verb once the politeness is gone. "summary" is one only as the
/// morning summary's switch; otherwise it asks for a thread's summary (<see cref="SummaryReader"/>).
/// </summary>
internal sealed class VerbReader(IIntentReader askReader) : IIntentReader
{
    public ChatCommand? TryRead(Sentence sentence) => CommandParser.Canonical(sentence[sentence.From]) switch
    {
        null => null,
        "ask" => askReader.TryRead(sentence),
        "summary" => CommandParser.MorningSummary(sentence.Raw(sentence.From, sentence.To), sentence.Context),
        "schedule" => CommandParser.Schedule(sentence.Raw(sentence.From, sentence.To), sentence.Context),
        "me" => CommandParser.MeForms(sentence.Raw(sentence.From, sentence.To), sentence.Context),
        _ => CommandParser.Parse(sentence.Raw(sentence.From, sentence.To), sentence.Context),
    };
}
