namespace Coordination.Bot.Assistant;

/// <summary>
/// The optional assistant: the <c>Assistant</c> configuration section. Without <see cref="Endpoint"/> nothing of it is
/// registered and every command works by the rules alone.
/// </summary>
public sealed class AssistantOptions
{
    public const string SectionName = "Assistant";

    /// <summary>
    /// The base address of an OpenAI-compatible API, the part before <c>chat/completions</c> (OpenAI
    /// <c>https://api.openai.com/v1</c>, Ollama <c>http://localhost:11434/v1</c>). Defaults to none: the assistant is off.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The API key, sent as a bearer token. Defaults to none (a local Ollama needs none).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model to ask (<c>gpt-4o-mini</c>, <c>llama3.1</c>, an Azure deployment name). Required with an endpoint.</summary>
    public string? Model { get; set; }

    /// <summary>How long one answer may take before the rules answer instead. Defaults to 20 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The most thread text sent for one decision record (the latest messages are kept). Defaults to 24,000.</summary>
    public int MaxThreadCharacters { get; set; } = 24_000;

    /// <summary>How many sentences one person may have read into a command per hour. Defaults to 20.</summary>
    public int ReadingsPerHour { get; set; } = 20;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);
}
