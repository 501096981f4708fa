using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SignInMethod).HasMaxLength(UserSession.SignInMethodLength);
        builder.Property(s => s.UserAgent).HasMaxLength(UserSession.UserAgentLength);
        builder.Property(s => s.ClientAddress).HasMaxLength(UserSession.ClientAddressLength);
        builder.Property(s => s.RevokedReason).HasMaxLength(UserSession.EndReasonLength);
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}
