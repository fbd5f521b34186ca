using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Coordination.Teams.Outbound;

/// <summary>
/// Puts an accepted file's bytes to the upload address Teams gave (one PUT, <c>Content-Range: bytes 0-(n-1)/n</c>). The
/// bot only ever sends data to Teams' own file storage: an <c>https</c> SharePoint or OneDrive host; any other address
/// is refused before anything is sent (loopback only where <see cref="TeamsOptions.AllowLoopbackFileUploads"/> is on).
/// </summary>
public sealed class TeamsFileUploads(HttpClient http, IOptions<TeamsOptions> options)
{
    private static readonly string[] StorageHostSuffixes = [".sharepoint.com", ".sharepoint.us", ".sharepoint-mil.us", ".sharepoint.cn", ".sharepoint.de"];

    /// <summary>Whether <paramref name="uploadUrl"/> is Teams' file storage (or loopback, when allowed).</summary>
    public bool IsStorage(Uri uploadUrl)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        if (!uploadUrl.IsAbsoluteUri)
        {
            return false;
        }

        if (uploadUrl.IsLoopback)
        {
            return options.Value.AllowLoopbackFileUploads;
        }

        return uploadUrl.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(uploadUrl.UserInfo)
            && StorageHostSuffixes.Any(s => uploadUrl.IdnHost.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Uploads <paramref name="content"/>; <c>null</c> when it was stored, else why not.</summary>
    public async Task<string?> PutAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsStorage(uploadUrl))
        {
            return "the upload address is not Teams' file storage";
        }

        using var body = new ByteArrayContent(content);
        body.Headers.ContentLength = content.Length;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(content.Length - 1, 0), content.Length);
        using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = body };
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"the storage answered {(int)response.StatusCode}";
        }
        catch (HttpRequestException e)
        {
            return $"the storage could not be reached ({e.HttpRequestError})";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "the storage did not answer in time";
        }
    }
}
