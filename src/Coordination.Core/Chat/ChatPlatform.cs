namespace Coordination.Core.Chat;

/// <summary>The chat platforms a workspace can live on.</summary>
public enum ChatPlatform
{
    Local = 0,
    Slack = 1,
    Teams = 2,
}
