using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.SqlServer
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
