import { defineMessages } from '../define';

/** Drawing ties on the canvas (mouse, touch, keyboard) and the canvas's keyboard model. */
export const gesturesMessages = defineMessages(
  {
    'gestures.toggle': 'Draw ties',
    'gestures.toggleTitle':
      'Draw ties: drag from one actor to another, or tap one and then the other (T)',
    'gestures.modeHint':
      'Drag from one actor to another, or tap one and then the other. Press T to move actors again.',
    'gestures.modeOn':
      'Drawing ties: drag from one actor to another, or tap one and then the other.',
    'gestures.modeOff': 'Tie drawing off: actors can be moved again.',
    'gestures.dragHint': 'Release on the other actor. Release on empty space to cancel.',
    'gestures.draftPointer':
      'Connecting from {label}: tap the other actor. Escape or a tap on empty space cancels.',
    'gestures.draftKeyboard':
      'Connecting from {label}: choose the other actor with the arrow keys and press Enter. Escape cancels.',
    'gestures.candidate': 'Connect {source} with {target}? Enter draws the tie, Escape cancels.',
    'gestures.chooseTarget': 'First choose the other actor with the arrow keys.',
    'gestures.created': 'Tie drawn between {source} and {target}.',
    'gestures.existing': '{source} and {target} already have a tie; it is now selected.',
    'gestures.cancelled': 'Drawing the tie was cancelled.',
    'gestures.selectFirst': 'Select an actor first, then press C to connect it.',
    'gestures.noneThatWay': 'No actor in that direction.',
    'gestures.removedActor': '{label} removed. Ctrl+Z brings it back.',
    'gestures.removedTie': 'Tie {source} – {target} removed. Ctrl+Z brings it back.',
    'gestures.keepSchool': 'The school itself cannot be removed.',
    'gestures.keyboardHelp':
      'Arrow keys move between actors, Home goes to the school, C connects the selected actor to another, Delete removes the selection, plus and minus zoom, 0 shows the whole map, Escape clears the selection, T switches tie drawing on or off.',
  },
  {
    'gestures.toggle': 'Relaties tekenen',
    'gestures.toggleTitle':
      'Relaties tekenen: sleep van de ene actor naar de andere, of tik eerst de ene en dan de andere aan (T)',
    'gestures.modeHint':
      'Sleep van de ene actor naar de andere, of tik eerst de ene en dan de andere aan. Druk op T om actoren weer te verplaatsen.',
    'gestures.modeOn':
      'Relaties tekenen: sleep van de ene actor naar de andere, of tik eerst de ene en dan de andere aan.',
    'gestures.modeOff': 'Relaties tekenen uit: actoren kunnen weer verplaatst worden.',
    'gestures.dragHint': 'Laat los op de andere actor. Loslaten op een lege plek annuleert.',
    'gestures.draftPointer':
      'Verbinden vanaf {label}: tik de andere actor aan. Escape of een tik op een lege plek annuleert.',
    'gestures.draftKeyboard':
      'Verbinden vanaf {label}: kies de andere actor met de pijltjestoetsen en druk op Enter. Escape annuleert.',
    'gestures.candidate':
      '{source} met {target} verbinden? Enter tekent de relatie, Escape annuleert.',
    'gestures.chooseTarget': 'Kies eerst de andere actor met de pijltjestoetsen.',
    'gestures.created': 'Relatie getekend tussen {source} en {target}.',
    'gestures.existing': '{source} en {target} hebben al een relatie; die is nu geselecteerd.',
    'gestures.cancelled': 'Het tekenen van de relatie is geannuleerd.',
    'gestures.selectFirst': 'Selecteer eerst een actor en druk dan op C om hem te verbinden.',
    'gestures.noneThatWay': 'Geen actor in die richting.',
    'gestures.removedActor': '{label} verwijderd. Met Ctrl+Z komt hij terug.',
    'gestures.removedTie': 'Relatie {source} – {target} verwijderd. Met Ctrl+Z komt ze terug.',
    'gestures.keepSchool': 'De school zelf kan niet verwijderd worden.',
    'gestures.keyboardHelp':
      'Pijltjestoetsen gaan van actor naar actor, Home gaat naar de school, C verbindt de geselecteerde actor met een andere, Delete verwijdert de selectie, plus en min zoomen, 0 toont de hele kaart, Escape heft de selectie op, T zet relaties tekenen aan of uit.',
  },
);
