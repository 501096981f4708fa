using NormsPortal.Web.Components.Account;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>Registers the account pages' services and maps their endpoints (Identity itself: <c>IdentityConfiguration</c>).</summary>
public static class AccountsFeature
{
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services) =>
        services
            .AddScoped<AccountRedirects>()
            .AddScoped<AccountRegistration>()
            .AddScoped<AdminAccounts>()
            .AddScoped<AccountRoles>()
            .AddScoped<PasswordChange>()
            .AddScoped<PersonalDataExport>()
            .AddScoped<PasskeySetup>()
            .AddScoped<AccountDeletion>()
            .AddScoped<TwoFactorSetup>();

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints
            .MapAuthEndpoints()
            .MapAccountFormEndpoints()
            .MapPasskeyEndpoints();
}
