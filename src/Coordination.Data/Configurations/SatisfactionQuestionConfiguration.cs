using Coordination.Core.Requests;
using Coordination.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coordination.Data.Configurations;

internal sealed class SatisfactionQuestionConfiguration : IEntityTypeConfiguration<SatisfactionQuestion>
{
    public void Configure(EntityTypeBuilder<SatisfactionQuestion> builder)
    {
        builder.ToTable("SatisfactionQuestions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Note).HasMaxLength(SatisfactionQuestion.MaxNoteLength);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(q => q.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CoordinationRequest>().WithMany().HasForeignKey(q => q.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(q => q.PersonId).OnDelete(DeleteBehavior.Restrict);

        // At most one question per person per day: a second instance's insert for the same day meets this and retries, then asks nothing.
        builder.HasIndex(q => new { q.PersonId, q.Day }).IsUnique();

        // One question per request.
        builder.HasIndex(q => q.RequestId).IsUnique();
        builder.HasIndex(q => new { q.WorkspaceId, q.AskedAt });
    }
}
