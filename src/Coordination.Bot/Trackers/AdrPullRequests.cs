using Coordination.Core.Documentation;
using Microsoft.Extensions.Options;
using Octokit;

namespace Coordination.Bot.Trackers;

/// <summary>
/// Opens a pull request that adds a decision record to a repository, through GitHub's REST API (Octokit): a branch
/// from the default branch, the file under <c>docs/decisions/</c>, the pull request.
/// </summary>
public sealed class AdrPullRequests(IOptions<GitHubOptions> options)
{
    public const string ProductName = "coordination-bot";

    public bool IsConfigured => !string.IsNullOrEmpty(options.Value.Token);

    /// <summary>The pull request's address.</summary>
    public async Task<Uri> OpenAsync(string repository, AdrDocument document, string decisionKey, CancellationToken cancellationToken)
    {
        var (owner, name) = (repository.Split('/')[0], repository.Split('/')[1]);
        var client = Client();
        var repo = await client.Repository.Get(owner, name);
        cancellationToken.ThrowIfCancellationRequested();
        var head = await client.Git.Reference.Get(owner, name, $"heads/{repo.DefaultBranch}");
        var branch = $"adr/{decisionKey.ToLowerInvariant()}-{AdrDocument.Slug(document.Title)}";
        await client.Git.Reference.Create(owner, name, new NewReference($"refs/heads/{branch}", head.Object.Sha));
        cancellationToken.ThrowIfCancellationRequested();
        await client.Repository.Content.CreateFile(owner, name, document.RepositoryPath, new CreateFileRequest($"Add {decisionKey}: {document.Title}", document.ToMarkdown(), branch));
        var pull = await client.PullRequest.Create(owner, name, new NewPullRequest($"{decisionKey}: {document.Title}", branch, repo.DefaultBranch)
        {
            Body = $"Adds the architecture decision record of {decisionKey} as `{document.RepositoryPath}`.",
        });
        return new Uri(pull.HtmlUrl);
    }

    private GitHubClient Client()
    {
        var header = new ProductHeaderValue(ProductName);
        var client = options.Value.ApiUrl is { } api ? new GitHubClient(header, api) : new GitHubClient(header);
        client.Credentials = new Credentials(options.Value.Token);
        return client;
    }
}
