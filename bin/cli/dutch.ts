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

// Each message is a sentence after "fout: ", with a capital as the CLI's own messages have
// ("fout: Het bestand … bestaat niet."); one that starts with a quoted name keeps the quote.
const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, (flag, suggestion) => `fout: Onbekende optie ‘${flag}’.${suggestion ? ` Bedoelt u ‘${suggestion}’?` : ""}`],
  [/^error: unknown command '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, (name, suggestion) => `fout: Onbekende opdracht ‘${name}’.${suggestion ? ` Bedoelt u ‘${suggestion}’?` : ""}`],
  [/^error: missing required argument '([^']*)'/, (name) => `fout: Het argument ‘${name}’ ontbreekt.`],
  [/^error: option '([^']*)' argument missing/, (flags) => `fout: Bij de optie ‘${flags}’ hoort een waarde.`],
  [/^error: required option '([^']*)' not specified/, (flags) => `fout: De optie ‘${flags}’ is verplicht.`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (_name, expected, got) => `fout: Te veel argumenten: verwacht ${expected}, gekregen ${got}.`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, (flags, value, choices) => `fout: ‘${value}’ is geen geldige waarde voor ‘${flags}’; kies uit ${choices}.`],
  [/^error: (.*)/, (rest) => `fout: ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`],
];

export function translateCommanderMessage(message: string): string {
  const text = message.trim();
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return build(...match.slice(1).map((g) => g ?? ""));
  }
  return text;
}
