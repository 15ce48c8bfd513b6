// DeskStats enclosure for the ESP32-2432S028R "Cheap Yellow Display" (CYD), parametric.
//
// Two printed parts: a front shell (screen window, side wall with the USB opening) and a back lid with a
// built-in desk stand. The board is held face down on four posts by M3 screws through the lid.
//
// All sizes in millimetres. The board values below are NOMINAL (86 x 50 mm board as sold, 2.8" panel).
// Boards from different batches differ by a millimetre here and there: measure yours with calipers and
// adjust the "Board" section before printing. Not yet test-printed by the DeskStats authors.
//
// Render one part for printing:  openscad -D 'part="front"' -o front.stl cyd-enclosure.scad
//                                openscad -D 'part="back"'  -o back.stl  cyd-enclosure.scad
// Preview all parts apart:       part = "exploded" (default), or "assembled".

/* [What to render] */
part = "exploded"; // [front, back, exploded, assembled]

/* [Board] */
// Board outline (X along the long edge, USB connector on the X=0 short edge).
board_length = 86.0;
board_width = 50.0;
board_thickness = 1.6;
// Mounting holes: distance of each hole centre from the nearest long and short edge.
hole_inset_x = 3.0;
hole_inset_y = 3.0;
hole_diameter = 3.2;
// Display module on the front of the board: visible area (2.8" 4:3) and its position.
screen_length = 57.6;   // active area along X
screen_width = 43.2;    // active area along Y
screen_offset_x = 8.0;  // active-area start from the board's X=0 edge (flex cable side)
screen_offset_y = 3.4;  // active-area start from the board's Y=0 edge
display_thickness = 4.2; // board front face to glass front face
// Tallest part on the back (USB socket, ESP32 module shield, connectors).
back_parts_height = 6.0;
// USB socket on the X=0 edge: centre along Y and size of the opening.
usb_center_y = 25.0;
usb_opening_width = 12.0;
usb_opening_height = 7.0;

// Draw a stand-in board (green) and glass (black) in the preview views; never part of a printed part.
show_board = true;

/* [Case] */
wall = 2.0;
front_thickness = 1.6;
clearance = 0.4;        // gap around the board on every side
corner_radius = 3.0;
lid_thickness = 2.0;
screw_boss_diameter = 6.5;
// Stand: a foot along the bottom edge of the lid; standing on it, the screen leans back by stand_angle.
stand_angle = 20;       // degrees back from vertical, 0 for no stand
stand_depth = 18;       // how far the foot reaches behind the lid
stand_height = 22;      // how far the foot reaches up the back of the case

$fn = 48;

inner_length = board_length + 2 * clearance;
inner_width = board_width + 2 * clearance;
inner_depth = display_thickness + board_thickness + back_parts_height;
outer_length = inner_length + 2 * wall;
outer_width = inner_width + 2 * wall;
shell_height = front_thickness + inner_depth;

hole_positions = [
    [hole_inset_x, hole_inset_y],
    [board_length - hole_inset_x, hole_inset_y],
    [hole_inset_x, board_width - hole_inset_y],
    [board_length - hole_inset_x, board_width - hole_inset_y],
];

module rounded_box(size, radius) {
    hull() {
        for (x = [radius, size[0] - radius], y = [radius, size[1] - radius]) {
            translate([x, y, 0]) cylinder(r = radius, h = size[2]);
        }
    }
}

// Board origin (its X=0, Y=0 corner, front face) inside the shell.
module at_board() {
    translate([wall + clearance, wall + clearance, front_thickness + display_thickness]) children();
}

module front_shell() {
    difference() {
        rounded_box([outer_length, outer_width, shell_height], corner_radius);
        // Cavity.
        translate([wall, wall, front_thickness]) cube([inner_length, inner_width, inner_depth + 1]);
        // Screen window, 0.5 mm larger than the active area all round, chamfered outwards.
        at_board() translate([screen_offset_x, screen_offset_y, -display_thickness - front_thickness - 0.01])
            hull() {
                translate([-0.5, -0.5, front_thickness]) cube([screen_length + 1, screen_width + 1, 0.02]);
                translate([-1.5, -1.5, 0]) cube([screen_length + 3, screen_width + 3, 0.02]);
            }
        // USB opening in the X=0 wall, centred on the socket (which sits on the back of the board).
        at_board() translate([-wall - clearance - 1, usb_center_y - usb_opening_width / 2, board_thickness])
            cube([wall + clearance + 2, usb_opening_width, usb_opening_height]);
    }
    // Posts from the front face to the board's front face, outside the display area.
    difference() {
        for (p = hole_positions) {
            at_board() translate([p[0], p[1], -display_thickness]) cylinder(d = screw_boss_diameter, h = display_thickness);
        }
        for (p = hole_positions) {
            // Hole for an M3 heat-set insert or a self-tapping M3 screw.
            at_board() translate([p[0], p[1], -display_thickness - 0.01]) cylinder(d = 2.6, h = display_thickness + 0.02);
        }
    }
}

module back_lid() {
    difference() {
        union() {
            // Plate that fits inside the shell's rim.
            rounded_box([outer_length, outer_width, lid_thickness], corner_radius);
            // Spacers from the lid down to the board's back face, clamping the board against the posts.
            for (p = hole_positions) {
                translate([wall + clearance + p[0], wall + clearance + p[1], lid_thickness])
                    cylinder(d = screw_boss_diameter, h = back_parts_height);
            }
            if (stand_angle > 0) stand();
        }
        for (p = hole_positions) {
            translate([wall + clearance + p[0], wall + clearance + p[1], -0.01]) {
                cylinder(d = hole_diameter, h = lid_thickness + back_parts_height + 0.02);
                cylinder(d = 6.0, h = 1.8); // screw head recess
            }
        }
        // Ventilation slots over the ESP32 module.
        vent_start = (stand_angle > 0 ? stand_height : 0) + 3;
        for (i = [0 : 5]) {
            translate([outer_length * 0.35 + i * 5, vent_start, -0.01]) cube([2, outer_width - vent_start - 6, lid_thickness + 0.02]);
        }
    }
}

// The foot along the lid's Y=0 edge (the bottom of the screen when standing). Its underside lies in the desk
// plane through the case's front bottom edge, tilted by stand_angle, so the case rests on that edge and the foot.
module stand() {
    base = shell_height + lid_thickness;
    function desk(depth) = (depth + base) * tan(stand_angle);
    translate([outer_length * 0.15, 0, 0])
        rotate([90, 0, 90])
            linear_extrude(height = outer_length * 0.7)
                polygon([[desk(0), 0], [stand_height, 0], [stand_height, -stand_depth], [desk(stand_depth), -stand_depth]]);
}

module board_stand_in() {
    at_board() {
        color("darkgreen") translate([0, 0, 0]) cube([board_length, board_width, board_thickness]);
        color("black") translate([screen_offset_x - 2, screen_offset_y - 1, -display_thickness]) cube([screen_length + 6, screen_width + 2, display_thickness]);
        color("silver") translate([-1, usb_center_y - 4, board_thickness]) cube([6, 8, 3]);
    }
}

if (show_board && (part == "assembled" || part == "exploded")) board_stand_in();

if (part == "front") {
    front_shell();
} else if (part == "back") {
    back_lid();
} else if (part == "assembled") {
    color("gold") front_shell();
    color("dimgray") translate([0, 0, shell_height + lid_thickness]) mirror([0, 0, 1]) back_lid();
} else {
    color("gold") front_shell();
    color("dimgray") translate([0, 0, shell_height + lid_thickness + 25]) mirror([0, 0, 1]) back_lid();
}
