namespace Coordination.Bot.Assistant;

/// <summary>
/// The assistant's instructions, each a Markdown file in <c>Assistant/Prompts</c> built into the host: what the
/// documentation agent and the language agent are told before the thread or the sentence.
/// </summary>
public sealed class AssistantPrompts
{
    public string DecisionRecord { get; } = Read("decision-record.md");

    public string Command { get; } = Read("command.md");

    private static string Read(string file)
    {
        var name = $"Coordination.Bot.Assistant.Prompts.{file}";
        using var stream = typeof(AssistantPrompts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The assistant's prompt {file} is not built into the host.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}
