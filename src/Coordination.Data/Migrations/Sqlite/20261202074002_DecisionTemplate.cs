using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionTemplate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OptionsConsidered",
                table: "Decisions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerId",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_OwnerId",
                table: "Decisions",
                column: "OwnerId");

            migrationBuilder.AddForeignKey(
                name: "FK_Decisions_People_OwnerId",
                table: "Decisions",
                column: "OwnerId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Decisions_People_OwnerId",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_OwnerId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "OptionsConsidered",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "Decisions");
        }
    }
}
