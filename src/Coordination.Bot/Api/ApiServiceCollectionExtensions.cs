using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Coordination.Bot.Api;

/// <summary>The REST API under <c>/api/v1</c>, its OpenAPI document at <c>/openapi/v1.json</c> and its reference page at <c>/api/reference</c>.</summary>
public static class ApiServiceCollectionExtensions
{
    public const string Root = "/api/v1";

    public const string DocumentName = "v1";

    private const string Scheme = "Bearer";

    public static IServiceCollection AddCoordinationApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith(Root[1..] + "/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = "Coordination API", Version = DocumentName, Description = "Requests, decisions, people and digest figures of one workspace, chosen by the API token." };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API token a workspace admin made with `/coord token create <name>`.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapCoordinationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Root)
            .AddEndpointFilter(ApiTokenFilter.CheckAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithTags("Coordination");
        api.MapRequestsApi();
        api.MapRequestWritesApi();
        api.MapDecisionsApi();
        api.MapPeopleApi();
        api.MapDigestApi();

        endpoints.MapOpenApi("/openapi/{documentName}.json");
        endpoints.MapScalarApiReference("/api/reference", options => options.WithTitle("Coordination API").AddDocument(DocumentName).DisableAgent().DisableMcp().HideDeveloperTools());
        return endpoints;
    }
}
