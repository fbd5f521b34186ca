using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DigestIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_AskedAt",
                table: "Stakeholders",
                column: "AskedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_State_AttemptCount_RequestId",
                table: "Stakeholders",
                columns: new[] { "State", "AttemptCount", "RequestId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Stakeholders_AskedAt",
                table: "Stakeholders");

            migrationBuilder.DropIndex(
                name: "IX_Stakeholders_State_AttemptCount_RequestId",
                table: "Stakeholders");
        }
    }
}
