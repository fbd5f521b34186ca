using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConversationReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConversationReferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Platform = table.Column<int>(type: "int", nullable: false),
                    WorkspaceExternalId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ConversationId = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ConversationType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    TeamId = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ServiceUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationReferences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_Platform_WorkspaceExternalId_ConversationId",
                table: "ConversationReferences",
                columns: new[] { "Platform", "WorkspaceExternalId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_Platform_WorkspaceExternalId_UpdatedAt",
                table: "ConversationReferences",
                columns: new[] { "Platform", "WorkspaceExternalId", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversationReferences");
        }
    }
}
