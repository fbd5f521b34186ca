using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PatternFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AskedLocalHour",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AskedOffHours",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TimeToRespond",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AskedLocalHour",
                table: "Requests",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AskedLocalHour",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "AskedOffHours",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "TimeToRespond",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "AskedLocalHour",
                table: "Requests");
        }
    }
}
