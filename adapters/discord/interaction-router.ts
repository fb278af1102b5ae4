import type {
  AutocompleteInteraction,
  ButtonInteraction,
  Interaction,
  ModalSubmitInteraction,
  RepliableInteraction,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import { newErrorId, type Dispatcher } from '../../src/core/dispatcher.js';
import { unexpectedErrorReply } from '../../src/core/error-replies.js';
import type { Inbound } from '../../src/core/inbound.js';
import type { CommandRegistry } from '../../src/core/registry.js';
import type { ActionRef } from '../../src/core/reply.js';
import { repeatedChoices, suggestionChoices } from './autocomplete.js';
import type { CustomIdTarget } from './custom-ids.js';
import {
  commandInbound,
  interactionWhereabouts,
  modalValues,
  optionSpecs,
  suggestionRequest,
  type TenantLocator,
  type Whereabouts,
} from './discord-inbound.js';
import { within, type Answer, type InteractionResponder } from './interaction-responder.js';
import { formSteps } from './modal.render.js';
import { audienceOf, expiredReply, messageOptions, type FormDraft, type ReplyMessages } from './reply-messages.js';

/** What the router needs. */
export interface InteractionRouterDeps {
  readonly dispatcher: Dispatcher;
  readonly registry: CommandRegistry;
  readonly tenants: TenantLocator;
  readonly messages: ReplyMessages;
  readonly responder: InteractionResponder;
  /** Server members with a role of this name are advisors. */
  readonly advisorRole: string;
  readonly logger: Logger;
  /** How long suggestions may take before none are offered: autocomplete cannot be deferred. */
  readonly suggestWithinMs: number;
}

type ComponentOrModal = ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;

/**
 * Routes every interaction into the command core: slash commands, buttons, select menus and
 * modal submissions become Inbound events for the dispatcher; autocomplete asks it for
 * suggestions. A custom id that is not Rapport's or no longer leads anywhere gets the
 * "expired" reply; a failure is logged with an error id and answered with an apology that
 * quotes it. Every interaction is answered, and nothing thrown escapes.
 */
export class InteractionRouter {
  constructor(private readonly deps: InteractionRouterDeps) {}

  /** Answers one interaction. Never throws. */
  async handle(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await this.autocomplete(interaction);
      else if (interaction.isChatInputCommand())
        await this.dispatch(interaction, await this.whereabouts(interaction), commandInbound(interaction, this.deps.registry));
      else if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) await this.component(interaction);
      else if (interaction.isRepliable()) await this.expired(interaction, await this.whereabouts(interaction));
    } catch (error) {
      await this.apologize(interaction, error);
    }
  }

  private async component(interaction: ComponentOrModal): Promise<void> {
    const decoded = this.deps.messages.decode(interaction.customId);
    const where = await this.whereabouts(interaction, decoded?.guildId);
    const handled = decoded !== undefined && (await this.target(interaction, where, decoded.target));
    if (!handled) await this.expired(interaction, where);
  }

  /** Acts on a decoded custom id; false when it leads nowhere any more. */
  private async target(interaction: ComponentOrModal, where: Whereabouts, target: CustomIdTarget): Promise<boolean> {
    switch (target.kind) {
      case 'action':
        if (interaction.isModalSubmit() || !this.knows(target.ref)) return false;
        await this.dispatch(interaction, where, {
          kind: 'action',
          action: target.ref,
          ...(interaction.isStringSelectMenu() ? { selected: interaction.values[0] ?? '' } : {}),
        });
        return true;
      case 'form':
        if (!interaction.isModalSubmit() || !this.knows(target.ref)) return false;
        await this.dispatch(interaction, where, { kind: 'action', action: target.ref, values: modalValues(interaction) });
        return true;
      case 'page': {
        const page = this.deps.messages.page(target.pagesId, target.page);
        if (page === undefined || interaction.isModalSubmit()) return false;
        await interaction.update(messageOptions(page));
        return true;
      }
      case 'step':
        return this.step(interaction, where, target.draftId, target.step);
    }
  }

  /**
   * A step of a form filled in over several modals: a button opens step `step` (or, one past
   * the last, sends the form as it stands); a submitted step is kept, then leads to the next
   * step or sends the whole form. A refused form gets a button that reopens it, answers kept.
   */
  private async step(interaction: ComponentOrModal, where: Whereabouts, draftId: string, step: number): Promise<boolean> {
    const audience = audienceOf(where);
    const kept = this.deps.messages.draft(draftId, interaction.user.id);
    if (kept === undefined) return false;
    const total = formSteps(kept.form).length;
    if (!interaction.isModalSubmit() && step < total) {
      const modal = this.deps.messages.stepModal(draftId, step, audience);
      if (modal !== undefined) await interaction.showModal(modal);
      return modal !== undefined;
    }
    const draft = interaction.isModalSubmit() ? this.deps.messages.answerStep(draftId, kept, modalValues(interaction)) : kept;
    if (interaction.isModalSubmit() && step + 1 < total) {
      await this.deps.responder.sendMessages(interaction, this.deps.messages.nextStepMessages(draftId, draft, step + 1, audience));
      return true;
    }
    await this.deps.responder.answer(interaction, audience, this.submitted(where, draftId, draft));
    return true;
  }

  private async submitted(where: Whereabouts, draftId: string, draft: FormDraft): Promise<Answer> {
    const replies = await this.deps.dispatcher.dispatch({ ...where, inbound: { kind: 'action', action: draft.form.submit, values: draft.values } });
    const errors = replies.find((reply) => reply.fieldErrors !== undefined)?.fieldErrors;
    return {
      kind: 'replies',
      replies,
      ...(errors === undefined ? {} : { trailing: [this.deps.messages.fixFormRow(draftId, draft, errors, audienceOf(where))] }),
    };
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const request = suggestionRequest(interaction);
    const spec = optionSpecs(this.deps.registry, request.command, request.subcommand)[request.option];
    if (spec === undefined) {
      await interaction.respond([]);
      return;
    }
    if (spec.repeatable) {
      await interaction.respond(repeatedChoices(spec.choices ?? [], request.typed));
      return;
    }
    const suggestions = await within(this.deps.dispatcher.suggest(await this.whereabouts(interaction), request), this.deps.suggestWithinMs);
    await interaction.respond(suggestionChoices(suggestions ?? [], spec));
  }

  private async dispatch(interaction: RepliableInteraction, where: Whereabouts, inbound: Inbound): Promise<void> {
    const work = this.deps.dispatcher.dispatch({ ...where, inbound }).then((replies): Answer => ({ kind: 'replies', replies }));
    await this.deps.responder.answer(interaction, audienceOf(where), work);
  }

  private async expired(interaction: RepliableInteraction, where: Whereabouts): Promise<void> {
    const answers = interaction.isModalSubmit() ? modalValues(interaction) : {};
    await this.deps.responder.sendMessages(interaction, this.deps.messages.render([expiredReply(answers)], audienceOf(where)));
  }

  private knows(ref: ActionRef): boolean {
    return this.deps.registry.find(ref.command)?.actions[ref.action] !== undefined;
  }

  private async whereabouts(interaction: Interaction, namedGuildId?: string): Promise<Whereabouts> {
    const tenant = await this.deps.tenants.locate(interaction.guildId, interaction.user.id, namedGuildId);
    return interactionWhereabouts(interaction, tenant, this.deps.advisorRole);
  }

  /** Logs a failure with an error id and tells the person, in whatever way the interaction still allows. */
  private async apologize(interaction: Interaction, error: unknown): Promise<void> {
    const errorId = newErrorId();
    this.deps.logger.error({ err: error, errorId, interaction: interaction.type, user: interaction.user.id }, 'Discord interaction failed');
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return;
      }
      if (!interaction.isRepliable()) return;
      const audience = {
        tenant: { platform: 'discord' as const, workspaceId: interaction.guildId ?? '' },
        userId: interaction.user.id,
        direct: interaction.guildId === null,
      };
      await this.deps.responder.sendMessages(interaction, this.deps.messages.render([unexpectedErrorReply(errorId)], audience));
    } catch (failure) {
      this.deps.logger.error({ err: failure, errorId }, 'could not tell the person about a failed interaction');
    }
  }
}
