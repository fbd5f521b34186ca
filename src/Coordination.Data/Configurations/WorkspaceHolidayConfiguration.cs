using Coordination.Core.Requests;
using Coordination.Data.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class WorkspaceHolidayConfiguration : IEntityTypeConfiguration<WorkspaceHoliday>
{
    public void Configure(EntityTypeBuilder<WorkspaceHoliday> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Name).HasMaxLength(WorkspaceHoliday.MaxNameLength);
        builder.Property(h => h.Source).HasMaxLength(20);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(h => h.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.WorkspaceId, h.Date });
    }
}
