/**
 * Dutch for commander: help headings, option details and the error messages commander
 * produces for wrong arguments. Commander has no translations of its own, so its few fixed
 * messages are matched here and rewritten.
 */

import { Help, type Command, type Option } from "commander";

function dutchUsage(text: string): string {
  return text.replace("[options]", "[opties]").replace("[command]", "[opdracht]");
}

const TITLES: Record<string, string> = {
  "Usage:": "Gebruik:",
  "Options:": "Opties:",
  "Commands:": "Opdrachten:",
  "Arguments:": "Argumenten:",
  "Global Options:": "Algemene opties:",
};

export class DutchHelp extends Help {
  override styleTitle(title: string): string {
    return TITLES[title] ?? title;
  }

  override commandUsage(command: Command): string {
    return dutchUsage(super.commandUsage(command));
  }

  override subcommandTerm(command: Command): string {
    return dutchUsage(super.subcommandTerm(command));
  }

  override optionDescription(option: Option): string {
    return super
      .optionDescription(option)
      .replace(/\(choices: /, "(keuzes: ")
      .replace(/default: /, "standaard: ")
      .replace(/, choices: /, ", keuzes: ");
  }
}

const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, (flag, suggestion) => `fout: onbekende optie ‘${flag}’.${suggestion ? ` Bedoelt u ‘${suggestion}’?` : ""}`],
  [/^error: unknown command '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, (name, suggestion) => `fout: onbekende opdracht ‘${name}’.${suggestion ? ` Bedoelt u ‘${suggestion}’?` : ""}`],
  [/^error: missing required argument '([^']*)'/, (name) => `fout: het argument ‘${name}’ ontbreekt.`],
  [/^error: option '([^']*)' argument missing/, (flags) => `fout: bij de optie ‘${flags}’ hoort een waarde.`],
  [/^error: required option '([^']*)' not specified/, (flags) => `fout: de optie ‘${flags}’ is verplicht.`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (_name, expected, got) => `fout: te veel argumenten: verwacht ${expected}, gekregen ${got}.`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, (flags, value, choices) => `fout: ‘${value}’ is geen geldige waarde voor ‘${flags}’; kies uit ${choices}.`],
  [/^error: (.*)/, (rest) => `fout: ${rest}`],
];

export function translateCommanderMessage(message: string): string {
  const text = message.trim();
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return build(...match.slice(1).map((g) => g ?? ""));
  }
  return text;
}
