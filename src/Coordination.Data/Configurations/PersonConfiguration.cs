using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Ignore(p => p.Mention);
        builder.Property(p => p.PlatformUserId).HasMaxLength(100);
        builder.Property(p => p.DisplayName).HasMaxLength(200);
        builder.Property(p => p.TimeZoneId).HasMaxLength(64);
        builder.Property(p => p.IsWorkspaceAdmin);
        builder.Property(p => p.DirectoryId).HasMaxLength(64);
        builder.Ignore(p => p.Hours);
        builder.Property(p => p.HolidayDates).HasMaxLength(4400);
        builder.Property(p => p.EncryptedCalendarFeed).HasMaxLength(4000);
        builder.HasOne(p => p.StandIn).WithMany().HasForeignKey(p => p.StandInId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(p => p.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Lead).WithMany().HasForeignKey(p => p.LeadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Delegate).WithMany().HasForeignKey(p => p.DelegateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.WorkspaceId, p.PlatformUserId }).IsUnique();
        builder.HasIndex(p => new { p.WorkspaceId, p.DirectoryId });
    }
}
