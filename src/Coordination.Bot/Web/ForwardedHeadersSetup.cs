using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web;

/// <summary>
/// <c>X-Forwarded-For</c>/<c>-Proto</c>/<c>-Host</c> honoured from the proxies in <c>Web:KnownProxies</c> and
/// <c>Web:KnownNetworks</c> only. With neither set the middleware is not added at all: ASP.NET Core's would otherwise
/// trust loopback by default, and anyone once its lists are empty.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddCoordinationForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((forwarded, web) => Apply(forwarded, web.Value));
        return services;
    }

    public static IApplicationBuilder UseCoordinationForwardedHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<WebOptions>>().Value.TrustsProxies ? app.UseForwardedHeaders() : app;

    private static void Apply(ForwardedHeadersOptions forwarded, WebOptions web)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in web.KnownProxies)
        {
            var address = IPAddress.Parse(proxy);
            forwarded.KnownProxies.Add(address);
            forwarded.KnownProxies.Add(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? address.MapToIPv6() : address);
        }

        foreach (var network in web.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
