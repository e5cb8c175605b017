// Every `pwb` command, in the order `pwb --help` lists them. Adding one: a file in
// this folder exporting a CliCommand, and its name in this list.
import type { CliCommand } from '../registry';
import { checkCommand } from './check';
import { decisionsCommand } from './decisions';
import { exportCommand } from './export';
import { importCommand } from './import';
import { mergeCommand } from './merge';
import { searchCommand } from './search';
import { suggestCommand } from './suggest';

export const COMMANDS: readonly CliCommand[] = [importCommand, exportCommand, checkCommand, decisionsCommand, searchCommand, suggestCommand, mergeCommand];
