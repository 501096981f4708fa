using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Security.Email;

/// <summary>Registers the SMTP sender when <c>Smtp:Host</c> is set, and <see cref="MailAvailability"/> always.</summary>
public static class EmailConfiguration
{
    public static IServiceCollection AddPortalEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .BindConfiguration(SmtpOptions.SectionName)
            .Validate(smtp => !smtp.IsConfigured || !string.IsNullOrWhiteSpace(smtp.From), "Smtp:From is required when Smtp:Host is set.")
            .ValidateOnStart();
        services.AddSingleton<MailAvailability>();

        // Without a host Identity keeps its own sender, which sends nothing. Replace: this runs after
        // Identity is added (AccountSecurityConfiguration), and one sender must remain.
        if (configuration.GetSection(SmtpOptions.SectionName).Get<SmtpOptions>()?.IsConfigured == true)
        {
            services.Replace(ServiceDescriptor.Singleton<IEmailSender<PortalUser>, SmtpEmailSender>());
        }

        return services;
    }
}
