using Microsoft.AspNetCore.Http.HttpResults;

namespace Coordination.Bot.Api;

/// <summary>The API's answers for what went wrong, each a problem details document (RFC 9457).</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Unauthorized() => Problem(StatusCodes.Status401Unauthorized, "Unauthorized",
        "Send a live API token as 'Authorization: Bearer <token>'. A workspace admin makes one with '/coord token create <name>'.");

    public static ProblemHttpResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not Found", detail);

    public static ProblemHttpResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad Request", detail);

    public static ProblemHttpResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "Conflict", detail);

    public static ProblemHttpResult TooLarge() => Problem(StatusCodes.Status413PayloadTooLarge, "Payload Too Large",
        $"The body is larger than {ApiJsonBody.MaxBytes / 1024} KB.");

    public static ValidationProblem Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "One or more fields are invalid.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
