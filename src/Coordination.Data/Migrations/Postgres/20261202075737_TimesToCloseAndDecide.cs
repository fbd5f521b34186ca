using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TimesToCloseAndDecide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TimeToClose",
                table: "Requests",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TimeFromAsk",
                table: "Decisions",
                type: "bigint",
                nullable: true);

            // Requests closed before the column existed: their time to close, in ticks, from the two instants.
            migrationBuilder.Sql("""
                UPDATE "Requests" SET "TimeToClose" = (EXTRACT(EPOCH FROM ("ClosedAt" - "AskedAt")) * 10000000)::bigint
                WHERE "ClosedAt" IS NOT NULL AND "TimeToClose" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TimeToClose",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "TimeFromAsk",
                table: "Decisions");
        }
    }
}
