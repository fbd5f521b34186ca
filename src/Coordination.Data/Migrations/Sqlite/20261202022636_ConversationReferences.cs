using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Platform = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkspaceExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConversationType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
