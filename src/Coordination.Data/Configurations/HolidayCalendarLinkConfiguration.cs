using Coordination.Core.Requests;
using Coordination.Data.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class HolidayCalendarLinkConfiguration : IEntityTypeConfiguration<HolidayCalendarLink>
{
    public void Configure(EntityTypeBuilder<HolidayCalendarLink> builder)
    {
        builder.HasKey(l => l.WorkspaceId);
        builder.Property(l => l.Url).HasMaxLength(2000);
        builder.Property(l => l.LastError).HasMaxLength(500);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(l => l.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
