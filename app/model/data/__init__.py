"""What a map holds: its tables as mapped classes, its rows as frozen records read and
written in bulk, what each field may hold, the words of the method, and the checks a
whole map passes."""
