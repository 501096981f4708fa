using Microsoft.AspNetCore.Http.HttpResults;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// What the sign-in API may say, so that it reveals no account (ASVS 2.1, no account discovery):
/// <c>register</c> answers alike for a new and an already registered address, and a failed
/// <c>login</c> says only <c>Failed</c> or <c>RequiresTwoFactor</c>, never that an account is locked
/// out or not allowed to sign in. Filters on Identity's own endpoints; the register page drops the
/// same errors.
/// </summary>
public static class AuthAnswers
{
    public const string Failed = "Failed";
    public const string RequiresTwoFactor = "RequiresTwoFactor";

    private static readonly HashSet<string> s_revealingRegistrationErrors = new(StringComparer.Ordinal)
    {
        "DuplicateUserName",
        "DuplicateEmail",
    };

    public static bool RevealsAnAccount(string registrationErrorCode) => s_revealingRegistrationErrors.Contains(registrationErrorCode);

    /// <summary>On <c>register</c>: the validation problem loses the revealing errors, and becomes the plain 200 of a registration when nothing else was wrong.</summary>
    public static async ValueTask<object?> HideExistingAccountsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var answer = await next(context);
        if (answer is not INestedHttpResult { Result: ValidationProblem problem })
        {
            return answer;
        }

        var remaining = problem.ProblemDetails.Errors
            .Where(error => !RevealsAnAccount(error.Key))
            .ToDictionary(error => error.Key, error => error.Value);
        return remaining.Count == 0 ? TypedResults.Ok() : TypedResults.ValidationProblem(remaining);
    }

    /// <summary>On <c>login</c>: any failure but the request for a second factor reads <see cref="Failed"/>.</summary>
    public static async ValueTask<object?> SayOnlyFailedAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var answer = await next(context);
        return answer is INestedHttpResult { Result: ProblemHttpResult { ProblemDetails.Detail: not (Failed or RequiresTwoFactor) } failure }
            ? TypedResults.Problem(Failed, statusCode: failure.StatusCode)
            : answer;
    }
}
